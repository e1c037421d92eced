'use client';

/** A problem shown under its input; the input points at it with aria-describedby. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p className="field-error" id={`${id}-error`}>
      {message}
    </p>
  );
}

interface TextInputProps {
  id: string;
  label: string;
  value: string;
  error?: string;
  type?: 'text' | 'number';
  onChange: (value: string) => void;
}

/** A labelled input with its problem, if any, beneath it. */
export function TextInput({ id, label, value, error, type = 'text', onChange }: TextInputProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      <FieldError id={id} message={error} />
    </div>
  );
}
