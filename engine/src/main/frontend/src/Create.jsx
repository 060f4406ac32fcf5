import { useState } from 'react';
import { downloadZip, writeTarget } from './api.js';

/** Create: download the zip, or write a new directory under the server's --output-root. */
export function Create({ request, onBack }) {
  const [state, setState] = useState({});
  const [target, setTarget] = useState(request.answers.projectName ?? '');
  const [showTarget, setShowTarget] = useState(false);
  const run = async (action) => {
    setState({ busy: true });
    try {
      setState({ done: await action() });
    } catch (error) {
      setState({ error: error.message });
    }
  };
  return (
    <section className="panel create">
      <div className="actions">
        <button type="button" className="button" onClick={onBack} id="back">Back to the form</button>
        <button type="button" className="button" onClick={() => setShowTarget(!showTarget)} id="show-target">
          Write to a directory…
        </button>
        <button type="button" className="button button-primary" id="download" disabled={state.busy}
          onClick={() => run(async () => `Downloaded ${await downloadZip(request)}`)}>
          Download zip
        </button>
      </div>
      {showTarget && (
        <form className="target" onSubmit={(event) => {
          event.preventDefault();
          run(async () => `Written to ${(await writeTarget(request, target)).path}`);
        }}>
          <label htmlFor="target-name" className="field-label">Directory under the server's --output-root</label>
          <div className="target-row">
            <input id="target-name" className="form-control" value={target} onChange={(e) => setTarget(e.target.value)} />
            <button type="submit" className="button button-primary" id="write" disabled={state.busy}>Write</button>
          </div>
        </form>
      )}
      {state.done && <div className="banner banner-ok" id="create-result">{state.done}</div>}
      {state.error && <div className="banner banner-error" id="create-error">{state.error}</div>}
    </section>
  );
}
