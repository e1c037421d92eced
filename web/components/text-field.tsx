import type { InputHTMLAttributes, ReactNode, Ref } from 'react';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'aria-invalid' | 'aria-describedby'>;

/**
 * A labelled text input with its hint and its error, in the order a screen reader should meet them: the input is
 * described by the hint and, when there is one, the error (`<id>-hint`, `<id>-error`), and marked invalid with it.
 * Server components and client forms alike: it holds no state.
 */
export function TextField({
  id,
  label,
  hint,
  error,
  ref,
  ...input
}: InputProps & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  ref?: Ref<HTMLInputElement>;
}) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      <input
        ref={ref}
        id={id}
        type="text"
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
      />
    </div>
  );
}
