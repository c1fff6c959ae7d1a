import { browser } from 'wxt/browser';

/** Bytes as base64, in slices (String.fromCharCode cannot take megabytes at once). */
function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/**
 * Saves text into the Downloads folder without asking (the weekly backup), through the optional
 * `downloads` permission. A blob URL where the background can make one (Firefox's background
 * page); Chrome's service worker cannot, so it gets a data URL.
 */
export async function downloadText(text: string, fileName: string): Promise<void> {
  const blob = new Blob([text], { type: 'application/json' });
  const canBlob = typeof URL.createObjectURL === 'function';
  const url = canBlob
    ? URL.createObjectURL(blob)
    : `data:application/json;base64,${base64(new Uint8Array(await blob.arrayBuffer()))}`;
  try {
    await browser.downloads.download({
      url,
      filename: `Fic Reader/${fileName}`,
      conflictAction: 'uniquify',
      saveAs: false,
    });
  } finally {
    // Firefox reads the blob when the download starts; a minute is plenty.
    if (canBlob) setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

/** True when the reader granted the optional `downloads` permission. */
export async function canDownload(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ permissions: ['downloads'] });
  } catch {
    return false;
  }
}
