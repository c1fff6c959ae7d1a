import { compareLocation, type StampedPosition } from './position';
import { newer } from './stamped';

/** The furthest position with the clock of its last explicit reset. */
export interface FurthestState {
  furthest?: StampedPosition;
  /** When the reader last reset it: furthest values reached before this are void. */
  furthestResetAt?: number;
}

/** The further of two positions; at the same place, the newer. */
function further(a: StampedPosition, b: StampedPosition): StampedPosition {
  const order = compareLocation(a, b);
  if (order !== 0) return order > 0 ? a : b;
  return newer(a, b) ?? a;
}

/**
 * An automatic move: furthest only moves forward (an old tab scrolled back must never pull it
 * back, readest #117, USERS.md lesson 3).
 */
export function advanceFurthest(state: FurthestState, move: StampedPosition): FurthestState {
  const { furthest } = state;
  if (furthest && compareLocation(move, furthest) <= 0) return state;
  return { ...state, furthest: move };
}

/** An explicit reset: furthest becomes where the reader says, even if that is further back. */
export function resetFurthest(state: FurthestState, to: StampedPosition): FurthestState {
  return { ...state, furthest: to, furthestResetAt: to.at };
}

/**
 * Merges two copies (a backup import): the further of the two, ignoring any value reached before
 * the newest reset on either side, so an older backup cannot undo a reset.
 */
export function mergeFurthest(a: FurthestState, b: FurthestState): FurthestState {
  const resetAt = Math.max(a.furthestResetAt ?? 0, b.furthestResetAt ?? 0);
  const candidates = [a.furthest, b.furthest].filter(
    (f): f is StampedPosition => f !== undefined && f.at >= resetAt,
  );
  const furthest = candidates.reduce<StampedPosition | undefined>(
    (best, f) => (best ? further(best, f) : f),
    undefined,
  );
  return {
    ...(furthest ? { furthest } : {}),
    ...(resetAt > 0 ? { furthestResetAt: resetAt } : {}),
  };
}
