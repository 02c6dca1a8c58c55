export function ComingScreen({ title, description }: { readonly title: string; readonly description: string }) {
  return (
    <section aria-labelledby="coming-title">
      <h1 id="coming-title">{title}</h1>
      <p className="coming-badge">Coming in a later version</p>
      <p>{description}</p>
    </section>
  );
}
