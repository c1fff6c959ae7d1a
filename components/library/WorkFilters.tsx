import { STATUS_LABELS, siteName } from '../format';
import { WORK_SORTS, type WorkFilter, type WorkSort } from './filter-works';

/** Props of WorkFilters. */
export interface WorkFiltersProps {
  filter: WorkFilter;
  sort: WorkSort;
  fandoms: [string, number][];
  sites: [string, number][];
  onFilter: (filter: WorkFilter) => void;
  onSort: (sort: WorkSort) => void;
}

const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;

/** Search as you type, filters by status, fandom and site, and the order. */
export function WorkFilters({ filter, sort, fandoms, sites, onFilter, onSort }: WorkFiltersProps) {
  return (
    <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <div class="field search">
        <label for="filter-query">Search</label>
        <input
          id="filter-query"
          type="search"
          value={filter.query}
          placeholder="Titles, authors, tags, notes…"
          onInput={(e) => onFilter({ ...filter, query: value(e) })}
          data-testid="library-search"
        />
      </div>
      <div class="field">
        <label for="filter-status">Status</label>
        <select
          id="filter-status"
          value={filter.status}
          onChange={(e) => onFilter({ ...filter, status: value(e) as WorkFilter['status'] })}
        >
          <option value="">Any</option>
          {Object.entries(STATUS_LABELS).map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="filter-fandom">Fandom</label>
        <select
          id="filter-fandom"
          value={filter.fandom}
          onChange={(e) => onFilter({ ...filter, fandom: value(e) })}
        >
          <option value="">Any</option>
          {fandoms.slice(0, 300).map(([name, n]) => (
            <option key={name} value={name}>
              {name} ({n})
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="filter-site">Site</label>
        <select
          id="filter-site"
          value={filter.site}
          onChange={(e) => onFilter({ ...filter, site: value(e) })}
        >
          <option value="">Any</option>
          {sites.map(([id, n]) => (
            <option key={id} value={id}>
              {siteName(id)} ({n})
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="filter-sort">Sort by</label>
        <select id="filter-sort" value={sort} onChange={(e) => onSort(value(e) as WorkSort)}>
          {Object.entries(WORK_SORTS).map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
