import { useLocale, useTranslations, type Locale } from 'next-intl';
import { useFileSize } from '@/components/downloads/file-size';
import type { BlockImage } from '@/lib/content/markdown';
import type { ReleaseImage } from '@/lib/content/release';
import { variantsOf } from '@/lib/media/variants';
import type { ReleaseAddresses } from '@/lib/routes';

// The text column is at most 42rem wide (max-w-measure); below that the image fills the screen.
const SIZES = '(min-width: 48rem) 42rem, calc(100vw - 2.5rem)';

/** An image's caption and credit in the block's language (사진=LG이노텍, Photo: LG Innotek); the page's unless given. */
export function ImageCaption({ image, block, locale: given }: { image: ReleaseImage; block: BlockImage; locale?: Locale }) {
  const pageLocale = useLocale();
  const locale = given ?? pageLocale;
  return (
    <>
      {block.caption} <span className="text-stone-600">{image.credit[locale]}</span>
    </>
  );
}

type ReleaseFigureProps = { media: ReleaseAddresses['media']; image: ReleaseImage; block: BlockImage; locale?: Locale };

/** A release's image (its files at `media`): sized copies for the screen (no layout shift, loaded when near), caption, credit, and the original to download. */
export function ReleaseFigure({ media, image, block, locale }: ReleaseFigureProps) {
  const t = useTranslations('Release');
  const pageLocale = useLocale();
  const size = useFileSize()(image.bytes);
  const variants = variantsOf(image);
  return (
    <figure className="my-6">
      <img
        src={media(variants.at(-1)!.name)}
        srcSet={variants.map((variant) => `${media(variant.name)} ${variant.width}w`).join(', ')}
        sizes={SIZES}
        width={image.width}
        height={image.height}
        alt={block.alt}
        loading="lazy"
        decoding="async"
        className="h-auto w-full rounded-sm bg-stone-100"
      />
      <figcaption className="mt-2 text-sm leading-relaxed text-stone-700">
        <ImageCaption image={image} block={block} locale={locale} />{' '}
        <a
          href={media(image.file)}
          download={image.file}
          // In the page's language, whichever the caption's: side by side, in the original's column.
          lang={pageLocale}
          className="whitespace-nowrap text-sky-800 underline underline-offset-2 print:hidden"
        >
          {t('imageOriginal', { width: image.width, height: image.height, size })}
        </a>
      </figcaption>
    </figure>
  );
}
