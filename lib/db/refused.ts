/** A write the background refuses for a reason the sender should hear (not a crash). */
export class RefusedError extends Error {
  override name = 'RefusedError';
}
