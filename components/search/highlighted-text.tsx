import type { Segment } from '@/lib/search/browser';

/** Text with its matches marked. */
export function HighlightedText({ segments }: { segments: Segment[] }) {
  return segments.map((segment, index) =>
    segment.match ? (
      <mark key={index} className="rounded-sm bg-amber-200 px-0.5 text-stone-900">
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
}
