import { AppHeader } from "@/app/_components/app-header";

// Every other page: matching them here (not only in default.tsx) renders the header again on
// each navigation, so leaving a document does not keep its workspace in the header.
export default function PageHeader() {
  return <AppHeader />;
}
