import type { FormField } from '../../forms/model.js';
import { t, type Pair } from './pair.js';

export type FieldOptions = Omit<FormField, 'id' | 'type' | 'label' | 'required' | 'help' | 'options'> & {
  required?: boolean;
  help?: Pair;
  options?: readonly (readonly [value: string, label: Pair])[];
};

/** A form field; required unless said otherwise. */
export function field(id: string, type: FormField['type'], label: Pair, options: FieldOptions = {}): FormField {
  const { help, options: choices, required = true, ...rest } = options;
  return {
    id,
    type,
    label: t(label),
    required,
    ...(help ? { help: t(help) } : {}),
    ...(choices ? { options: choices.map(([value, name]) => ({ value, label: t(name) })) } : {}),
    ...rest,
  };
}
