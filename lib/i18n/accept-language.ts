/** Language ranges a reader's browser sends are a handful; anything past these is noise or an attack. */
const MAX_ENTRIES = 8;
const MAX_ENTRY_LENGTH = 40;

/**
 * The first few entries of an Accept-Language header, each cut short and without its region
 * (en-GB;q=0.9 is en;q=0.9). Language negotiation parses and sorts every entry it is given, so a
 * 10 KB header of 1,300 tags would cost every other request on this process hundreds of
 * milliseconds. And it prefers an exact match further down the list to a regional variant of a
 * language first in it: "en-GB, ko;q=0.5" would get Korean, though the site's English is for
 * every English reader.
 */
export function simplifyAcceptLanguage(header: string): string {
  return header
    .slice(0, MAX_ENTRIES * (MAX_ENTRY_LENGTH + 1))
    .split(',', MAX_ENTRIES)
    .map((entry) => {
      const [range = '', ...parameters] = entry.trim().slice(0, MAX_ENTRY_LENGTH).split(';');
      return [range.split('-')[0], ...parameters].join(';');
    })
    .join(', ');
}
