/** The shell: header, graph and panels. */
export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1>Alliance Atlas</h1>
      </header>
    </div>
  );
}
