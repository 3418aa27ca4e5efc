// Fictional names for demo data, English and French as in a Quebec centre. Any likeness is chance.
export const FIRST_NAMES = [
  'Amélie', 'Benoît', 'Chloé', 'Daniel', 'Élodie', 'François', 'Gabrielle', 'Hugo', 'Isabelle', 'Jérôme',
  'Karine', 'Louis', 'Maude', 'Nathan', 'Océane', 'Patrick', 'Rosalie', 'Samuel', 'Tanya', 'Vincent',
  'Alex', 'Bridget', 'Connor', 'Dana', 'Ethan', 'Fiona', 'Graham', 'Hannah', 'Ian', 'Jessica',
  'Kyle', 'Laura', 'Morgan', 'Noah', 'Olivia', 'Peter', 'Quinn', 'Rachel', 'Sean', 'Tessa',
];

export const LAST_NAMES = [
  'Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné',
  'Ouellet', 'Pelletier', 'Bélanger', 'Lévesque', 'Bergeron', 'Leblanc', 'Paquette', 'Girard', 'Simard', 'Boucher',
  'Campbell', 'MacDonald', 'Stewart', 'Murray', 'Fraser', 'Wilson', 'Brennan', 'Doyle', 'Hughes', 'Sullivan',
];

export const HOUSES = ['Maple House', 'Birch House', 'Cedar House'];

export const RELATIONSHIPS = ['Mother', 'Father', 'Sister', 'Brother', 'Partner', 'Friend', 'Aunt', 'Son', 'Daughter'];
