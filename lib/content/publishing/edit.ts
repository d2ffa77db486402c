import { ContentFolder } from '../content-folder';
import { contentDir, releaseFile } from '../layout';
import { loadNewsroom, loadRelease } from '../loader';

// For the commands that edit a release file (an XLIFF import): read it as written, and check the
// release as the build will before writing.

/** A release file's text as written, checked like every content file. */
export async function readReleaseFile(slug: string, name: string): Promise<string> {
  return new ContentFolder(contentDir()).text(releaseFile(slug, name));
}

/** Checks a release as the build will once its file `name` holds `text`: every problem, as a ContentErrors. */
export async function checkEditedRelease(slug: string, name: string, text: string): Promise<void> {
  const folder = new ContentFolder(contentDir());
  const { newsroom } = await loadNewsroom(folder);
  await loadRelease(folder.withFile(releaseFile(slug, name), text), newsroom, slug);
}
