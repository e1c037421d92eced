/** The words of the consent form, in the page's own voice (the apply page and /relief say it differently). */
export interface RegistryConsentText {
  legend: string;
  hint: string;
  consent: string;
  button: string;
}

/**
 * Asks the signed-in citizen's consent before their own person record is read from the registry to prefill a
 * form (issue 14, item 4): a GET form that reloads the page with `?prefill=registry` once the box is ticked.
 * Without script too; the read itself is audited by the API.
 */
export function RegistryConsentForm({ text }: { text: RegistryConsentText }) {
  return (
    <form method="get" className="form" data-testid="registry-consent">
      <fieldset>
        <legend>{text.legend}</legend>
        <p id="registry-consent-hint" className="hint">
          {text.hint}
        </p>
        <label htmlFor="registry-consent" className="checkbox">
          <input
            id="registry-consent"
            type="checkbox"
            name="prefill"
            value="registry"
            required
            aria-describedby="registry-consent-hint"
          />
          <span>{text.consent}</span>
        </label>
      </fieldset>
      <div className="actions">
        <button type="submit" className="button button-secondary">
          {text.button}
        </button>
      </div>
    </form>
  );
}

/** The consent form's words from a page's messages (keys registryConsentLegend, …Hint, registryConsent, …Button). */
type ConsentKey = 'registryConsentLegend' | 'registryConsentHint' | 'registryConsent' | 'registryConsentButton';

export const registryConsentText = (t: (key: ConsentKey) => string): RegistryConsentText => ({
  legend: t('registryConsentLegend'),
  hint: t('registryConsentHint'),
  consent: t('registryConsent'),
  button: t('registryConsentButton'),
});
