import { AppHeader } from "@/app/_components/app-header";

export default function LibraryHeader() {
  return <AppHeader />;
}
