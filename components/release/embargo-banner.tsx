/** A preview's first words, in the reader's language: the embargo, and whom the preview was prepared for. */
export function EmbargoBanner({ lines: [embargo, preparedFor] }: { lines: [string, string] }) {
  return (
    <aside
      role="note"
      className={[
        'mb-8 rounded border-2 border-amber-700 bg-amber-50 px-4 py-3 text-amber-950',
        'dark:border-amber-500 dark:bg-amber-950 dark:text-amber-50',
      ].join(' ')}
    >
      {/* Its last words not left alone on a line ("then." under a desktop's full line). */}
      <p className="font-bold text-pretty">{embargo}</p>
      <p className="mt-1 text-sm">{preparedFor}</p>
    </aside>
  );
}
