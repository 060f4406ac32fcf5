import { useMemo, useState } from 'react';
import { Create } from './Create.jsx';
import { bytes, usd } from './format.js';

/** The review of a dry run (file tree, contents, idle cost, command line), and the create step. */
export function Review({ review, request, onBack }) {
  const files = review.files;
  const [selected, setSelected] = useState(() => (files.find((f) => f.path === 'README.md') ?? files[0])?.path);
  const file = files.find((f) => f.path === selected);
  return (
    <>
      <div className="review-grid">
        <section className="panel files-panel">
          <div className="panel-title">Files <span className="muted">{files.length}</span></div>
          <Tree files={files} selected={selected} onSelect={setSelected} />
        </section>
        <section className="panel viewer" id="file-viewer">
          {file && (
            <>
              <div className="panel-title">
                <code>{file.path}</code>
                <span className="muted">{bytes(file.size)}{file.executable ? ' · executable' : ''}</span>
              </div>
              <pre className="file-content">{file.content}</pre>
            </>
          )}
        </section>
      </div>
      <div className={`review-side${review.idleCost ? '' : ' review-side-single'}`}>
        <IdleCost idleCost={review.idleCost} />
        <div className="review-actions">
          <Command command={review.command} />
          <Create request={request} onBack={onBack} />
        </div>
      </div>
    </>
  );
}

/** Folders first, then files, each level sorted; folders open. */
function Tree({ files, selected, onSelect }) {
  const root = useMemo(() => {
    const top = { folders: {}, files: [] };
    for (const file of files) {
      const parts = file.path.split('/');
      let node = top;
      for (const part of parts.slice(0, -1)) node = node.folders[part] ??= { folders: {}, files: [] };
      node.files.push({ name: parts[parts.length - 1], file });
    }
    return top;
  }, [files]);
  const level = (node, depth) => (
    <ul className="tree">
      {Object.keys(node.folders).sort().map((name) => (
        <li key={name}>
          <details open={depth < 2}>
            <summary className="tree-folder">{name}/</summary>
            {level(node.folders[name], depth + 1)}
          </details>
        </li>
      ))}
      {node.files.sort((a, b) => a.name.localeCompare(b.name)).map(({ name, file }) => (
        <li key={name}>
          <button type="button" data-path={file.path}
            className={`tree-file${file.path === selected ? ' tree-selected' : ''}`} onClick={() => onSelect(file.path)}>
            {name}
          </button>
        </li>
      ))}
    </ul>
  );
  return <div className="tree-root">{level(root, 0)}</div>;
}

function IdleCost({ idleCost }) {
  if (!idleCost) return null;
  return (
    <section className="panel" id="idle-cost">
      <div className="panel-title">Idle cost <span className="cost-amount">{usd(idleCost.monthlyUsd)}</span>
        <span className="muted">/month</span></div>
      <table className="cost-lines">
        <tbody>
          {(idleCost.lines ?? []).map((line) => (
            <tr key={line.item}><td>{line.item}</td><td className="num">{usd(line.monthlyUsd)}</td></tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">What the stack costs while no flow runs, at on-demand prices.</p>
    </section>
  );
}

function Command({ command }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(command);
    } catch {
      const area = document.createElement('textarea');
      area.value = command;
      document.body.appendChild(area);
      area.select();
      document.execCommand('copy');
      area.remove();
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  return (
    <section className="panel">
      <div className="panel-title">The same from a terminal
        <button type="button" className="button button-small" id="copy-command" onClick={copy}>
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
      <pre className="command" id="command">{command}</pre>
    </section>
  );
}
