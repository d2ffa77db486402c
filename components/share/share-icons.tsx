/** The share controls' icons: inline SVG paths (24×24), drawn in the text colour, no third-party script or font. */
const paths = {
  link: 'M10 13a5 5 0 0 0 7.07 0l3-3a5 5 0 0 0-7.07-7.07l-1.5 1.5M14 11a5 5 0 0 0-7.07 0l-3 3a5 5 0 0 0 7.07 7.07l1.5-1.5',
  share: 'M4 12v7a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-7M16 6l-4-4-4 4M12 2v13',
  x: 'M4 4l16 16M20 4L4 20',
  linkedin: 'M6 9v11M6 5v.01M10 20v-6a3 3 0 0 1 6 0v6M10 9v11',
  facebook: 'M15 3h-2a4 4 0 0 0-4 4v3H7v4h2v7h4v-7h3l1-4h-4V7a1 1 0 0 1 1-1h2z',
  email: 'M3 6h18v12H3zM3 6l9 7 9-7',
};

export type ShareIconName = keyof typeof paths;

export function ShareIcon({ name }: { name: ShareIconName }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="size-4 fill-none stroke-current"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={paths[name]} />
    </svg>
  );
}
