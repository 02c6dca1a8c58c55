/** Characters Windows, macOS or Linux refuse in a file name (control characters too). */
const notInFileNames = '<>:"/\\|?*\u007f';

/** The longest name offered: room for a folder's path within every system's limit. */
const maxName = 150;

/**
 * A name a file can be offered or saved under on any system: what no file system accepts
 * becomes a space, spaces run together, no leading or trailing dots or spaces, at most 150
 * characters, and the form's extension (once).
 */
export function fitFileName(name: string, extension: string): string {
  const stem = [...name.replace(new RegExp(`\\.${extension}$`, 'i'), '')]
    .map((char) => (char < ' ' || notInFileNames.includes(char) ? ' ' : char))
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, maxName - extension.length - 1)
    .trimEnd();
  return `${stem || 'paybatch'}.${extension}`;
}
