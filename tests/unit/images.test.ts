import { crc32, deflateSync } from 'node:zlib';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import sharp from 'sharp';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getRelease, getReleases } from '@/lib/content';
import { renderDownload } from '@/lib/downloads/catalog';
import { downloadsOf } from '@/lib/downloads/manifest';
import { mediaFilesOf, renderMedia } from '@/lib/media/catalog';
import { readFixture } from './fixtures';

const SLUG = 'with-image';
const fixture = path.resolve(import.meta.dirname, '../fixtures/content/valid');
const original = () => readFile(path.join(fixture, 'releases', SLUG, 'images/production-line.jpg'));

afterEach(() => vi.unstubAllEnvs());

describe('an image in a release', () => {
  it('is a block of its own in both languages, with alt text, caption and credit, and its size read from the file', async () => {
    readFixture('valid');
    const release = (await getRelease(SLUG))!;
    expect(release.images['production-line.jpg']).toEqual({
      file: 'production-line.jpg',
      width: 1600,
      height: 900,
      format: 'jpeg',
      bytes: (await original()).byteLength,
      credit: { ko: '사진=예시전자', en: 'Photo: Example Corp' },
    });
    expect(release.versions.ko.blocks[1]).toMatchObject({
      kind: 'image',
      image: { src: 'images/production-line.jpg', alt: '컨베이어 위 부품들을 위에서 내려다본 그림', caption: '예시전자의 새 생산 라인' },
    });
    expect(release.versions.en!.blocks[1]).toMatchObject({ kind: 'image', text: "Example Corp's new production line" });
  });

  it('is served at full size unchanged, and in WebP copies 480, 960 and 1440 wide', async () => {
    readFixture('valid');
    const files = mediaFilesOf((await getRelease(SLUG))!);
    expect(files.map((file) => file.name)).toEqual([
      'production-line.jpg',
      'production-line-480w.webp',
      'production-line-960w.webp',
      'production-line-1440w.webp',
    ]);
    expect(Buffer.from(await renderMedia(files[0]!)).equals(await original())).toBe(true);
    const copy = await sharp(Buffer.from(await renderMedia(files[1]!))).metadata();
    expect(copy).toMatchObject({ format: 'webp', width: 480, height: 270 });
  });

  it('goes into the press kit at full size, with captions and credits; text files give its caption and credit', async () => {
    readFixture('valid');
    const release = (await getRelease(SLUG))!;
    const file = (name: string) => renderDownload(downloadsOf(release).find((download) => download.name === name)!);
    const kit = unzipSync(await file(`${SLUG}-press-kit.zip`));
    expect(Buffer.from(kit[`${SLUG}/images/production-line.jpg`]!).equals(await original())).toBe(true);
    const captions = new TextDecoder().decode(kit[`${SLUG}/images/captions-and-credits.txt`]);
    expect(captions).toContain('images/production-line.jpg (1600×900)');
    expect(captions).toContain('ko: 예시전자의 새 생산 라인 (사진=예시전자)');
    expect(captions).toContain("en: Example Corp's new production line (Photo: Example Corp)");
    expect(new TextDecoder().decode(await file(`${SLUG}-en.txt`))).toContain("Example Corp's new production line (Photo: Example Corp)");
    // The Markdown keeps the image link, which finds the picture in the kit's images/ folder; its caption has the credit.
    expect(new TextDecoder().decode(kit[`${SLUG}/${SLUG}-ko.md`])).toContain(
      '![컨베이어 위 부품들을 위에서 내려다본 그림](images/production-line.jpg "예시전자의 새 생산 라인 (사진=예시전자)")',
    );
    expect(new TextDecoder().decode(kit[`${SLUG}/${SLUG}-en.md`])).toContain(
      '![Parts on a conveyor, drawn from above](images/production-line.jpg "Example Corp\'s new production line (Photo: Example Corp)")',
    );
  });
});

/** The header of a PNG that declares `width` × `height` pixels, and no pixels: what a hostile file looks like to a reader of sizes. */
function pngDeclaring(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.byteLength);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(16))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('a bad image is a build error naming the file', () => {
  async function broken(change: (dir: string) => Promise<unknown>): Promise<string> {
    const root = await mkdtemp(path.join(tmpdir(), 'images-'));
    await cp(path.join(fixture, 'newsroom.yml'), path.join(root, 'newsroom.yml'));
    await cp(path.join(fixture, 'releases', SLUG), path.join(root, 'releases', SLUG), { recursive: true });
    const dir = path.join(root, 'releases', SLUG);
    await change(dir);
    vi.stubEnv('CONTENT_DIR', root);
    const message = await getReleases().then(
      () => 'loaded',
      (error: Error) => error.message,
    );
    await rm(root, { recursive: true });
    return message;
  }
  const edit = (dir: string, file: string, from: string | RegExp, to: string) =>
    readFile(path.join(dir, file), 'utf8').then((text) => writeFile(path.join(dir, file), text.replace(from, to)));
  const where = `releases/${SLUG}`;

  it.each([
    [
      'a missing file',
      (dir: string) => rm(path.join(dir, 'images/production-line.jpg')),
      `${where}/images/production-line.jpg: file is missing`,
    ],
    [
      'no alt text',
      (dir: string) => edit(dir, 'ko.md', '![컨베이어 위 부품들을 위에서 내려다본 그림]', '![]'),
      `${where}/ko.md: block 2: the image images/production-line.jpg has no alt text`,
    ],
    [
      'no caption',
      (dir: string) => edit(dir, 'en.md', / "Example Corp's new production line"/, ''),
      `${where}/en.md: block 2: the image images/production-line.jpg has no caption`,
    ],
    [
      'not an image',
      (dir: string) => writeFile(path.join(dir, 'images/production-line.jpg'), 'not a picture'),
      `${where}/images/production-line.jpg: is not an image`,
    ],
    [
      'over 20 MB',
      (dir: string) => writeFile(path.join(dir, 'images/production-line.jpg'), Buffer.alloc(21 * 1024 * 1024)),
      `${where}/images/production-line.jpg: is 21.0 MB; an image may be at most 20 MB`,
    ],
    [
      'no credit',
      (dir: string) => edit(dir, 'release.yml', /images:[\s\S]*$/, ''),
      `${where}/release.yml: images: production-line.jpg needs a credit in each language`,
    ],
    [
      'outside images/',
      (dir: string) => Promise.all(['ko.md', 'en.md'].map((file) => edit(dir, file, '](images/production-line.jpg', '](../../secret.jpg'))),
      `${where}/ko.md: block 2: the image "../../secret.jpg" must be a file in the release's images/ folder`,
    ],
    [
      'more pixels than can be resized',
      (dir: string) => writeFile(path.join(dir, 'images/production-line.jpg'), pngDeclaring(20_000, 20_000)),
      `${where}/images/production-line.jpg: is too large (20000×20000)`,
    ],
    [
      'an SVG named in release.yml',
      (dir: string) => edit(dir, 'release.yml', 'production-line.jpg:', 'photo.svg:'),
      `${where}/release.yml:7: images.photo.svg: must name a JPEG, PNG, WebP, AVIF or GIF file`,
    ],
    [
      'another picture in the translation',
      (dir: string) => edit(dir, 'en.md', 'images/production-line.jpg', 'images/other.jpg'),
      `${where}: ko.md and en.md differ at block 2`,
    ],
  ])('%s', async (_, change, expected) => {
    expect(await broken(change)).toContain(expected);
  });
});
