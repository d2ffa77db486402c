/** Language ranges a reader's browser sends are a handful; anything past these is noise or an attack. */
const MAX_ENTRIES = 8;
const MAX_ENTRY_LENGTH = 40;

/**
 * The first few entries of an Accept-Language header, each cut short: language negotiation
 * parses and sorts every entry it is given, so a 10 KB header of 1,300 tags would cost every
 * other request on this process hundreds of milliseconds.
 */
export function limitAcceptLanguage(header: string): string {
  return header
    .slice(0, MAX_ENTRIES * (MAX_ENTRY_LENGTH + 1))
    .split(',', MAX_ENTRIES)
    .map((entry) => entry.trim().slice(0, MAX_ENTRY_LENGTH))
    .join(', ');
}
