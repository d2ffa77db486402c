// The publishing side of content, for `next build`'s index step and the press team's commands: making
// the content index (every release validated), the warnings content:check prints, and writing
// release files. Pages read through lib/content instead.

export { scanContent, writeContentIndex } from './scan';
export { PLACEHOLDER, releaseWarnings, type ContentWarning } from './warnings';
export { writeNewFiles, writeReleaseFile, writeTranslationRecord } from './writer';
export { checkEditedRelease, readReleaseFile } from './edit';
