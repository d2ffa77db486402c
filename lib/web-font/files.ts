import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { cachePath } from '@/lib/build-cache';
import { webFontPath } from '@/lib/routes';

// What the server reads of the face: the stylesheet and slices the build wrote into its cache
// folder (./write.ts), served by app/fonts/[file]/route.ts for good under names from what each
// slice holds. Apart from the writer, so that no page or route bundles harfbuzz's subsetter.

/** Where a build keeps the face's files. */
export const fontDir = () => cachePath('web-font');
export const manifestFile = () => path.join(fontDir(), 'manifest.json');

/** What a build made: the stylesheet's name and text, and the slices' file names. */
export type Manifest = { stylesheet: string; css: string; files: string[] };

let manifest: Promise<Manifest | undefined> | undefined;

/** What this build made; `undefined` where a copy of the build lost its cache folder (pages then keep the system's face). */
function getManifest(): Promise<Manifest | undefined> {
  manifest ??= readFile(manifestFile(), 'utf8').then(
    (text) => JSON.parse(text) as Manifest,
    () => undefined,
  );
  return manifest;
}

/** The address of the stylesheet that names every slice, if this build made one. */
export async function webFontStylesheet(): Promise<string | undefined> {
  const made = await getManifest();
  return made && webFontPath(made.stylesheet);
}

/** A file of the face by its name, with its type; `undefined` for a name this build did not make. */
export async function webFontFile(name: string): Promise<{ type: string; body: Uint8Array<ArrayBuffer> | string } | undefined> {
  const made = await getManifest();
  if (name === made?.stylesheet) return { type: 'text/css; charset=utf-8', body: made.css };
  if (!made?.files.includes(name)) return undefined;
  return { type: 'font/woff2', body: new Uint8Array(await readFile(path.join(fontDir(), name))) };
}
