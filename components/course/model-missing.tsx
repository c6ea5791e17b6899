import { dictionary } from "@/lib/i18n/dictionary";
import type { Language } from "@/lib/site";
import { Callout } from "./callout";

/** Shown instead of a page's body when the site was built without a trained model. */
export function ModelMissing({ language }: { language: Language }) {
  const t = dictionary(language).modelMissing;
  return (
    <Callout kind="warning" title={t.title}>
      <p>
        {t.before}
        <code>npm run train</code>
        {t.middle}
        <code>public/models/tutorial/</code>
        {t.after}
      </p>
    </Callout>
  );
}
