// The read API of content: the one way in for pages, route handlers and the code that makes
// files from releases. It answers from the content index and the releases it names, public ones
// unless asked otherwise. What makes the index, checks and writes content: lib/content/publishing.

export { publicationTime } from './clock';
export {
  getNewsroom,
  getPrerenderedReleases,
  getRelease,
  getReleases,
  getReleaseSummary,
  getRenamedSlug,
  getRenderCode,
  isPrerendered,
  readReleaseImage,
} from './store';
export { getListing, listedAt, listingAt, listingExists, type Listing } from './listings';
export { readReleaseParams, releaseAddressExists } from './route-params';
