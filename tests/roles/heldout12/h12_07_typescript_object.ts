// careers/backend-engineer.ts — yes, our job ad is code. PRs welcome.
export const role = {
  title: "Senior Backend Engineer",
  team: "Payments",
  location: "Remote (EU)",
  stack: ["TypeScript", "Node.js", "PostgreSQL", "Apache Kafka"],
  mustHave: [
    "5+ years building REST APIs",
    "Microservices in production",
    "Docker and Kubernetes",
  ],
  niceToHave: [
    "GraphQL",
    "AWS Certified Developer – Associate",
    "PCI DSS experience",
  ],
  notRequired: ["Java", "a Computer Science degree"],
  perks: ["€2k learning budget (covers CKAD)", "4-day week in August"],
} as const;
