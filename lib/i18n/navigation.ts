import { createNavigation } from 'next-intl/navigation';
import { routing } from './routing';

// Only the pure path builder: the components link with next/link, so pages need no client-side
// next-intl context (and send none to the browser).
export const { getPathname } = createNavigation(routing);
