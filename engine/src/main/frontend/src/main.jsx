import { createRoot } from 'react-dom/client';
import { useEffect, useState } from 'react';
import { Catalog } from './Catalog.jsx';
import { NewProject } from './NewProject.jsx';
import './styles.css';

/** The hash routes: `#/` the catalog, `#/new/{id}?with=LAYER` the form, review and create. */
function route(hash) {
  const match = /^#\/new\/([^?]+)(?:\?(.*))?$/.exec(hash);
  if (!match) return { page: 'catalog' };
  const layers = new URLSearchParams(match[2] ?? '').getAll('with').filter(Boolean);
  return { page: 'new', id: decodeURIComponent(match[1]), layers };
}

function App() {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const changed = () => setHash(window.location.hash);
    window.addEventListener('hashchange', changed);
    return () => window.removeEventListener('hashchange', changed);
  }, []);
  const current = route(hash);
  return (
    <>
      <header className="top">
        <a className="brand" href="#/">
          <span className="brand-mark">▲</span> scaffold
        </a>
        <span className="brand-sub">Metaflow on AWS, as a CDK project you own</span>
        <nav>
          <a href="#/">Catalog</a>
        </nav>
      </header>
      <main className="page">
        {current.page === 'catalog'
          ? <Catalog />
          : <NewProject key={current.id} id={current.id} layers={current.layers} />}
      </main>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
