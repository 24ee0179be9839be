// About 25 KB of HTML, like the portal's own static page (/en/accessibility).
const topics = ["training", "meetings", "regions", "structures", "decisions", "reports", "partners", "languages"];

export default function Page() {
  return (
    <main>
      <h1>A static page</h1>
      {Array.from({ length: 32 }, (_, i) => (
        <section key={i}>
          <h2>
            Section {i + 1}: {topics[i % topics.length]}
          </h2>
          <p>
            This paragraph stands in for ordinary page text. It says nothing in particular about{" "}
            {topics[(i + 3) % topics.length]}, and it is here only so that the page weighs about as much as a real one
            does, which is what a benchmark anchor needs.
          </p>
        </section>
      ))}
    </main>
  );
}
