/** Base64 characters decoded per turn: about 5 ms of the window's time each. */
const charsPerTurn = 262_144;

/**
 * Offers bytes the engine made as a file download (the browser host; Electron gets a save
 * dialog with the desktop issue). Decoded a slice at a time, yielding between slices: a
 * 100,000-row workbook decoded at once held the window for most of a second.
 */
export async function downloadBase64(base64: string, fileName: string, type: string): Promise<void> {
  const parts: Array<Uint8Array<ArrayBuffer>> = [];
  for (let at = 0; at < base64.length; at += charsPerTurn) {
    const text = atob(base64.slice(at, at + charsPerTurn));
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
    parts.push(bytes);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob(parts, { type }));
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
