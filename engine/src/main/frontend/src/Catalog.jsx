import { useEffect, useState } from 'react';
import { listBlueprints } from './api.js';
import { formHref, usd } from './format.js';

export function Catalog() {
  const [blueprints, setBlueprints] = useState(null);
  const [error, setError] = useState(null);
  useEffect(() => {
    listBlueprints().then(setBlueprints, setError);
  }, []);
  if (error) return <div className="banner banner-error">{error.message}</div>;
  if (!blueprints) return <p className="muted">Loading the catalog…</p>;
  const projects = blueprints.filter((b) => b.kind !== 'layer');
  const layers = blueprints.filter((b) => b.kind === 'layer');
  return (
    <>
      <section className="intro">
        <h1>Blueprints</h1>
        <p>
          Each blueprint renders a standalone Java AWS CDK project that deploys Metaflow into your account.
          Pick one, answer its form, review the files, and take the project.
        </p>
      </section>
      <div className="cards">
        {projects.map((blueprint) => <ProjectCard key={blueprint.id} blueprint={blueprint} all={blueprints} />)}
      </div>
      {layers.length > 0 && (
        <>
          <h2 className="section-title">Layers</h2>
          <p className="muted">A layer composes onto a project blueprint; choose it on the project's card or in its form.</p>
          <div className="cards">
            {layers.map((layer) => <LayerCard key={layer.id} layer={layer} />)}
          </div>
        </>
      )}
    </>
  );
}

function Cost({ idleCost, adds = false }) {
  if (!idleCost) return null;
  return (
    <div className="cost" title={idleCost.summary}>
      <span className="cost-amount">{adds ? '+' : ''}{usd(idleCost.monthlyUsd)}</span>
      <span className="cost-unit">/month idle</span>
      {idleCost.summary && <div className="cost-summary">{besideAmount(idleCost.summary)}</div>}
    </div>
  );
}

/** The summary without the amount shown above it ("about $29.66/month idle at the defaults" -> "at the defaults"). */
function besideAmount(summary) {
  return summary.replace(/^(adds )?about \$[0-9.,]+\/month idle\s*/, '') || summary;
}

function Head({ blueprint }) {
  return (
    <div className="card-head">
      <h3>{blueprint.id}</h3>
      <span className={`badge badge-${blueprint.kind}`}>{blueprint.kind}</span>
      <span className="version">v{blueprint.version}</span>
    </div>
  );
}

function ProjectCard({ blueprint, all }) {
  const [chosen, setChosen] = useState([]);
  const toggle = (id) => setChosen((now) => (now.includes(id) ? now.filter((l) => l !== id) : [...now, id]));
  const layers = blueprint.layers ?? [];
  return (
    <article className="card" data-blueprint={blueprint.id}>
      <Head blueprint={blueprint} />
      <p className="card-description">{blueprint.description}</p>
      <Cost idleCost={blueprint.idleCost} />
      {layers.length > 0 && (
        <div className="card-layers">
          <div className="card-label">Layers</div>
          {layers.map((id) => (
            <label key={id} className="chip" title={all.find((b) => b.id === id)?.description}>
              <input type="checkbox" checked={chosen.includes(id)} onChange={() => toggle(id)} /> {id}
            </label>
          ))}
        </div>
      )}
      <a className="button button-primary card-action" href={formHref(blueprint.id, chosen)}>
        Create a project
      </a>
    </article>
  );
}

function LayerCard({ layer }) {
  return (
    <article className="card card-layer" data-blueprint={layer.id}>
      <Head blueprint={layer} />
      <p className="card-description">{layer.description}</p>
      <Cost idleCost={layer.idleCost} adds />
      {layer.layerOf && (
        <div className="card-layers">
          <div className="card-label">Composes onto</div>
          {[].concat(layer.layerOf).map((id) => <span key={id} className="chip chip-static">{id}</span>)}
        </div>
      )}
      {layer.defaultBase && (
        <a className="button card-action" href={formHref(layer.defaultBase, [layer.id])}>
          Create with {layer.defaultBase}
        </a>
      )}
    </article>
  );
}
