export default function HomePage() {
  return (
    <main className="mx-auto max-w-3xl p-6">
      <h1 className="text-3xl font-semibold">How an LSTM reads a review</h1>
    </main>
  );
}
