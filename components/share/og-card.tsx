/** The 1200×630 share image of a release. Satori renders it: flexbox and inline styles only. */
export function OgCard({ label, organization, title, date }: { label: string; organization: string; title: string; date: string }) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: '#fafaf9',
        borderLeft: '24px solid #075985',
        fontFamily: 'Noto Sans KR',
        color: '#1c1917',
      }}
    >
      <div style={{ display: 'flex', fontSize: 30, fontWeight: 700, color: '#075985' }}>
        {organization}
        <span style={{ color: '#57534e', fontWeight: 400, marginLeft: 10 }}>· {label}</span>
      </div>
      <div style={{ display: 'flex', fontSize: title.length > 60 ? 54 : 64, fontWeight: 700, lineHeight: 1.25, wordBreak: 'keep-all' }}>
        {title}
      </div>
      <div style={{ display: 'flex', fontSize: 28, color: '#44403c' }}>{date}</div>
    </div>
  );
}
