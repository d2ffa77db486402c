export default function FloorPage() {
  return (
    <main>
      <h1>Floor</h1>
      <p>The framework alone: no content, no client components of the site.</p>
    </main>
  );
}
