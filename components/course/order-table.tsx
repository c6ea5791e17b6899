import Link from "next/link";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Language } from "@/lib/site";
import { modelCardHref } from "../model-card/model-card-href";
import { DataTable, mono } from "./data-table";
import type { OrderReading } from "./order-example";

/** P(positive) of the order example under each shipped model, as computed when the site was built. */
export function OrderTable({
  language,
  head,
  readings,
}: {
  language: Language;
  head: string[];
  readings: (OrderReading | null)[];
}) {
  const names = dictionary(language).widget.models;
  return (
    <DataTable
      testId="order-example"
      head={head}
      rows={readings
        .filter((r): r is OrderReading => r !== null)
        .map((r) => ({
          key: r.model,
          testId: `order-${r.model}`,
          cells: [
            <Link key="model" href={modelCardHref(language, r.model)}>
              {names[r.model]}
            </Link>,
            { value: r.praiseLast.toFixed(2), mono: true, testId: "praise-last" },
            { value: r.praiseFirst.toFixed(2), mono: true, testId: "praise-first" },
          ],
        }))}
    />
  );
}
