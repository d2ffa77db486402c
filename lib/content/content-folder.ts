import { constants, type Dirent } from 'node:fs';
import { lstat, open, readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { ContentError } from './content-error';

/** What a file may weigh at most, and what it is called in a message. */
export type SizeLimit = { bytes: number; label: string };

/** Press releases are a few kilobytes; anything near this is a mistake, and would make a page no one can load. */
export const TEXT_LIMIT: SizeLimit = { bytes: 1024 * 1024, label: 'a release file may be at most 1 MB' };
/** A press photo at full resolution is a few megabytes; past this it is a mistake (a RAW file, a video). */
export const IMAGE_LIMIT: SizeLimit = { bytes: 20 * 1024 * 1024, label: 'an image may be at most 20 MB' };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

// What XML 1.0 forbids (feeds, sitemaps, XLIFF and .docx are XML): control characters but tab
// and line breaks, the non-characters U+FFFE and U+FFFF, and lone surrogates (with the u flag a
// pair is one code point, so only a surrogate standing alone matches).
const xmlForbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/u;
// Bidirectional embeddings, overrides and isolates make text display in another order than it
// is stored ("Trojan Source"): a title could show one name and carry another.
const bidiControl = /[\u202A-\u202E\u2066-\u2069]/u;
const forbiddenCharacter = new RegExp(`${xmlForbidden.source}|${bidiControl.source}`, 'u');

/** The line (from 1) that the character at `offset` of `text` is on. */
export const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** The first character of `text` that content may not hold (XML 1.0 forbids it, or it reorders text), as `U+XXXX` with its line and why. */
export function findForbiddenCharacter(text: string): { line: number; code: string; why: string } | undefined {
  const match = forbiddenCharacter.exec(text);
  if (!match) return undefined;
  const why = bidiControl.test(match[0])
    ? 'a bidirectional control that makes text display in another order than it reads; delete it'
    : 'invisible and not allowed in feeds; delete it (it often comes from pasting out of a word processor)';
  return { line: lineAt(text, match.index), code: `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, why };
}

/**
 * Reads one content folder and nothing outside it. Paths in and out are relative to it, as the
 * build log shows them. Only regular files are read, never through a symbolic link (a link to
 * /dev/zero or to a file elsewhere on the machine), and never past their size limit.
 */
export class ContentFolder {
  private realRoot?: Promise<string>;

  constructor(readonly root: string) {}

  /** The bytes of a regular file inside the folder, at most `limit` of them, or a ContentError naming it. */
  async bytes(file: string, limit: SizeLimit): Promise<Buffer> {
    const absolute = await this.inside(file);
    // O_NOFOLLOW refuses a link as the last step of the path; O_NONBLOCK keeps a FIFO from hanging the open.
    const handle = await open(absolute, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') throw new ContentError(file, 'file is missing');
        if (error.code === 'ELOOP')
          throw new ContentError(file, 'is a symbolic link; content files must be regular files inside the content folder');
        throw new ContentError(file, `cannot be read (${error.code ?? error.message})`);
      },
    );
    try {
      const stats = await handle.stat();
      if (!stats.isFile())
        throw new ContentError(file, 'is not a regular file (a device, pipe or socket); content files must be regular files');
      if (stats.size > limit.bytes) throw new ContentError(file, `is ${megabytes(stats.size)}; ${limit.label}`);
      // Bounded even if the file grows between the stat and the read.
      const buffer = Buffer.alloc(stats.size + 1);
      const { bytesRead } = await handle.read(buffer, 0, buffer.byteLength, 0);
      if (bytesRead > stats.size) throw new ContentError(file, `grew while it was read; ${limit.label}`);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  }

  /** This folder as it would be with `file` holding `text`: what a command checks before it writes the file. */
  withFile(file: string, text: string): ContentFolder {
    return new EditedFolder(this.root, file, Buffer.from(text));
  }

  /**
   * A text file, checked: a regular file of at most 1 MB, valid UTF-8, only characters XML allows.
   * Line ends as Windows writes them read as `\n`: a block's version, its text and its XLIFF unit
   * are then the same whichever machine saved the file.
   */
  async text(file: string): Promise<string> {
    const bytes = await this.bytes(file, TEXT_LIMIT);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new ContentError(file, 'is not valid UTF-8');
    }
    const forbidden = findForbiddenCharacter(text);
    if (forbidden) {
      throw new ContentError(`${file}:${forbidden.line}`, `contains the character ${forbidden.code}, ${forbidden.why}`);
    }
    return text.replace(/\r\n?/g, '\n');
  }

  /** Whether a file is there (a link or a device is there too, and is refused when read). */
  async exists(file: string): Promise<boolean> {
    return lstat(await this.inside(file)).then(
      () => true,
      () => false,
    );
  }

  /** Visible entries of a folder (dot files are editors' and systems', not content); a link or anything but a file or folder is refused. */
  async entries(dir: string): Promise<Dirent[]> {
    const absolute = await this.inside(dir);
    const entries = (await readdir(absolute, { withFileTypes: true })).filter((entry) => !entry.name.startsWith('.'));
    for (const entry of entries) {
      const where = path.posix.join(dir, entry.name);
      if (entry.isSymbolicLink())
        throw new ContentError(where, 'is a symbolic link; content must be regular files and folders inside the content folder');
      if (!entry.isFile() && !entry.isDirectory())
        throw new ContentError(where, 'is not a regular file or folder (a device, pipe or socket)');
    }
    return entries;
  }

  /** Every file under `dir`, as paths relative to the folder, in a stable order. */
  async files(dir: string): Promise<string[]> {
    const found: string[] = [];
    for (const entry of (await this.entries(dir)).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const where = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) found.push(...(await this.files(where)));
      else found.push(where);
    }
    return found;
  }

  /** The absolute path of `file`, once its folder is known to be inside the content folder (no linked folder on the way). */
  private async inside(file: string): Promise<string> {
    const root = await (this.realRoot ??= realpath(this.root));
    const absolute = path.join(root, file);
    const parent = await realpath(path.dirname(absolute)).catch(() => path.dirname(absolute));
    if (parent !== root && !parent.startsWith(root + path.sep))
      throw new ContentError(file, 'lies outside the content folder (through a symbolic link)');
    return absolute;
  }
}

/** A content folder in which one file holds text not yet written. */
class EditedFolder extends ContentFolder {
  constructor(
    root: string,
    private readonly file: string,
    private readonly edited: Buffer,
  ) {
    super(root);
  }

  override async bytes(file: string, limit: SizeLimit): Promise<Buffer> {
    if (file !== this.file) return super.bytes(file, limit);
    if (this.edited.byteLength > limit.bytes) throw new ContentError(file, `would be ${megabytes(this.edited.byteLength)}; ${limit.label}`);
    return this.edited;
  }
}
