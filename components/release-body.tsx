import type { Block } from '@/lib/content/markdown';
import { blockAnchor } from '@/lib/routes';

/** The release text, one anchored element per block: `#p-N` is the same block in every language. */
export function ReleaseBody({ blocks }: { blocks: Block[] }) {
  return (
    <div className="release-body mt-10 text-[1.0625rem] leading-[1.8]">
      {blocks.map((block, index) => (
        // Sanitized by the content pipeline (lib/content/markdown.ts).
        <div key={index} id={blockAnchor(index)} className="release-block" dangerouslySetInnerHTML={{ __html: block.html }} />
      ))}
    </div>
  );
}
