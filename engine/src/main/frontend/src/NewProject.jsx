import { useEffect, useMemo, useRef, useState } from 'react';
import Form from '@rjsf/core';
import { dryRun, fetchSchema, listBlueprints } from './api.js';
import { afterChange, answersToSend, errorsUnder, initialAnswers, uiSchemaOf, validator } from './form.js';
import { formHref } from './format.js';
import { templates } from './templates.jsx';
import { Review } from './Review.jsx';

/**
 * The form of one blueprint and its chosen layers, then its review and create steps. The server's
 * validation is the authority: Review sends a dry run, and an error it returns is shown, with the
 * server's exact message, under each parameter it names.
 */
export function NewProject({ id, layers }) {
  const [blueprint, setBlueprint] = useState(null);
  const [schema, setSchema] = useState(null);
  const [answers, setAnswers] = useState({});
  const [serverError, setServerError] = useState(null);
  const [review, setReview] = useState(null);
  const [busy, setBusy] = useState(false);
  const [loadError, setLoadError] = useState(null);
  const top = useRef(null);
  const layerKey = layers.join(',');

  useEffect(() => {
    listBlueprints().then((all) => setBlueprint(all.find((b) => b.id === id) ?? null), () => {});
  }, [id]);
  useEffect(() => {
    setLoadError(null);
    fetchSchema(id, layers).then((loaded) => {
      setSchema(loaded);
      setAnswers((now) => initialAnswers(loaded, now));
      setReview(null);
    }, setLoadError);
  }, [id, layerKey]);

  const uiSchema = useMemo(() => (schema ? uiSchemaOf(schema) : {}), [schema]);
  const request = () => ({ blueprint: id, with: layers, answers: answersToSend(schema, answers) });

  const onChange = ({ formData }, fieldId) => {
    setAnswers((before) => afterChange(schema, before, formData));
    if (serverError && fieldId) {
      const name = fieldId.replace(/^root_/, '').split('_')[0];
      if (serverError.parameters.includes(name)) setServerError(null);
    }
  };

  const toReview = async () => {
    setBusy(true);
    try {
      setReview(await dryRun(request()));
      setServerError(null);
      window.scrollTo(0, 0);
    } catch (error) {
      setServerError(error);
      setTimeout(() => {
        const first = error.parameters?.[0];
        (first && document.getElementById(`root_${first}`))?.scrollIntoView({ block: 'center' });
      });
    } finally {
      setBusy(false);
    }
  };

  if (loadError) return <div className="banner banner-error">{loadError.message}</div>;
  if (!schema) return <p className="muted">Loading the form…</p>;

  const layerChoices = blueprint?.layers ?? [];
  return (
    <div ref={top}>
      <div className="crumbs">
        <a href="#/">Catalog</a> <span>/</span> {id}
        {layers.map((layer) => <span key={layer}> + {layer}</span>)}
      </div>
      <section className="intro">
        <h1>{schema.title}</h1>
        <p>{schema.description}</p>
        {layerChoices.length > 0 && !review && (
          <div className="layer-picker">
            <span className="card-label">Layers</span>
            {layerChoices.map((layer) => {
              const on = layers.includes(layer);
              const next = on ? layers.filter((l) => l !== layer) : [...layers, layer];
              return (
                <a key={layer} className={`chip${on ? ' chip-on' : ''}`} href={formHref(id, next)} data-layer={layer}>
                  {on ? '✓ ' : '+ '}{layer}
                </a>
              );
            })}
          </div>
        )}
        <Steps step={review ? 2 : 1} />
      </section>
      {review ? (
        <Review review={review} request={request()} onBack={() => setReview(null)} />
      ) : (
        <div className="form-card">
          {serverError && (
            <div className="banner banner-error" role="alert" id="server-error">
              {serverError.parameters.length > 0
                ? <>Please correct {serverError.parameters.join(', ')}: {serverError.message}</>
                : serverError.message}
            </div>
          )}
          <Form
            schema={schema}
            uiSchema={uiSchema}
            formData={answers}
            validator={validator}
            templates={templates}
            onChange={onChange}
            onSubmit={toReview}
            extraErrors={serverError ? errorsUnder(serverError) : undefined}
            noValidate
            showErrorList={false}
            experimental_defaultFormStateBehavior={{ emptyObjectFields: 'skipEmptyDefaults' }}
          />
          <div className="actions">
            <a className="button" href="#/">Cancel</a>
            <button type="button" className="button button-primary" id="review" onClick={toReview} disabled={busy}>
              {busy ? 'Checking…' : 'Review'}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

function Steps({ step }) {
  const names = ['Answer the form', 'Review and create'];
  return (
    <ol className="steps">
      {names.map((name, index) => (
        <li key={name} className={index + 1 === step ? 'step-current' : index + 1 < step ? 'step-done' : ''}>
          <span className="step-number">{index + 1}</span> {name}
        </li>
      ))}
    </ol>
  );
}
