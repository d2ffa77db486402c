import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { webFontDir } from '@/lib/cache/build-folder.cjs';

// What the server reads of the face: the slices the build wrote into its cache folder
// (./write.ts), served by app/fonts/[file]/route.ts for good under names from what each slice
// holds. Their faces are in the site's stylesheet. Apart from the writer, so that no page or route
// bundles harfbuzz's subsetter.

export const manifestFile = () => path.join(webFontDir(), 'manifest.json');

/** What a build made: the slices' file names. */
export type Manifest = { files: string[] };

let manifest: Promise<Manifest | undefined> | undefined;

/** What this build made; `undefined` where a copy of the build lost its cache folder (pages then keep the system's face). */
function getManifest(): Promise<Manifest | undefined> {
  manifest ??= readFile(manifestFile(), 'utf8').then(
    (text) => JSON.parse(text) as Manifest,
    () => undefined,
  );
  return manifest;
}

/** Whether this build's slices are here to serve: else the faces the stylesheet names would fail, and pages keep the system's. */
export async function webFontServed(): Promise<boolean> {
  return (await getManifest()) !== undefined;
}

/** A slice of the face by its name; `undefined` for a name this build did not make. */
export async function webFontFile(name: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const made = await getManifest();
  if (!made?.files.includes(name)) return undefined;
  return new Uint8Array(await readFile(path.join(webFontDir(), name)));
}
