import { parseTemplate } from "@/lib/core/template";
const source = JSON.parse(JSON.stringify("{% endif %}".repeat(50000))) as string;
for (let k = 0; k < 3; k++) { const t = performance.now(); parseTemplate(source, { dialect: "jinja" }); console.log(performance.now() - t); }
