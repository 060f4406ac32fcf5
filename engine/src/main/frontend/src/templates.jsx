// Layout templates for react-jsonschema-form (the widgets, conditions and validation stay rjsf's):
// a field is label, widget, error and help; a field whose schema resolves to `false` (it does not
// apply to the current answers, the schema's if/then/else) is not shown.

export function FieldTemplate(props) {
  const { id, classNames, style, label, help, required, errors, children, displayLabel, hidden, schema, rawErrors } = props;
  if (hidden) return <div hidden>{children}</div>;
  const invalid = rawErrors?.length > 0;
  return (
    <div className={`${classNames ?? ''} field${invalid ? ' field-invalid' : ''}`} style={style}>
      {displayLabel && schema.type !== 'boolean' && (
        <label htmlFor={id} className="field-label">
          {label}
          {required && <span className="required" title="required">*</span>}
        </label>
      )}
      {children}
      {errors}
      {help}
    </div>
  );
}

export function ObjectFieldTemplate({ properties, schema }) {
  const shown = properties.filter((property) => schema.properties?.[property.name] !== false && !property.hidden);
  return <div className="fields">{shown.map((property) => property.content)}</div>;
}

/** Descriptions are shown as each field's help (ui:help) instead, below the input. */
export function DescriptionFieldTemplate() {
  return null;
}

/**
 * The engine writes its cross-parameter rules as anyOf/not (e.g. "region empty, or a supported one"):
 * constraints for the validator, never a choice between forms, so rjsf's option selector is not shown.
 */
export function MultiSchemaFieldTemplate() {
  return null;
}

export const templates = { FieldTemplate, ObjectFieldTemplate, DescriptionFieldTemplate, MultiSchemaFieldTemplate };
