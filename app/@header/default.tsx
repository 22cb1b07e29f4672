import { AppHeader } from "@/app/_components/app-header";

/** The header wherever no more specific one applies (see app/layout.tsx). */
export default function DefaultHeader() {
  return <AppHeader />;
}
