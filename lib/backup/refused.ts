/** Why a backup is refused; the message is what the reader sees, naming the problem. */
export class BackupRefusedError extends Error {
  override name = 'BackupRefusedError';
}
