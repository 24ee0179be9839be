// Topics that tag news articles.
import type { TopicSeed } from "./types";

export const topics: TopicSeed[] = [
  {
    slug: "capacity-building",
    t: {
      en: "Capacity building",
      fr: "Renforcement des capacités",
      es: "Fortalecimiento de capacidades",
      ru: "Наращивание потенциала",
      ar: "بناء القدرات",
    },
  },
  {
    slug: "training",
    t: { en: "Training", fr: "Formation", es: "Capacitación", ru: "Обучение", ar: "التدريب" },
  },
  {
    slug: "e-learning",
    t: {
      en: "E-learning",
      fr: "Formation en ligne",
      es: "Aprendizaje en línea",
      ru: "Электронное обучение",
      ar: "التعلم الإلكتروني",
    },
  },
  {
    slug: "integrity",
    t: { en: "Integrity", fr: "Éthique", es: "Integridad", ru: "Добросовестность", ar: "النزاهة" },
  },
  {
    slug: "data-analysis",
    t: {
      en: "Data analysis",
      fr: "Analyse des données",
      es: "Análisis de datos",
      ru: "Анализ данных",
      ar: "تحليل البيانات",
    },
  },
  {
    slug: "risk-management",
    t: {
      en: "Risk management",
      fr: "Gestion des risques",
      es: "Gestión de riesgos",
      ru: "Управление рисками",
      ar: "إدارة المخاطر",
    },
  },
  {
    slug: "regional-cooperation",
    t: {
      en: "Regional cooperation",
      fr: "Coopération régionale",
      es: "Cooperación regional",
      ru: "Региональное сотрудничество",
      ar: "التعاون الإقليمي",
    },
  },
];
