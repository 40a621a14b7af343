/**
 * Spanish names said (or typed) without their accents: "maria jose garcia lopez" is written "María José
 * García López". Speech-to-text and hurried typing drop accents; the CRM wants the name as its owner writes
 * it. Only names whose accented spelling is the usual one are restored (a "Ruiz" or "Cruz" has none to
 * restore; "Marin" / "Marín" both exist and are left alone), and only in a Spanish conversation: an English
 * speaker's "Maria Lopez" is kept as typed.
 */
import { fold } from './text.js';

/** Common Spanish given names and surnames in their accented form (one spelling each, no ambiguity). */
const ACCENTED = `
  María José Jesús Lucía Sofía Andrés Ramón Héctor Óscar Rubén Raúl Julián Martín Adrián Sebastián Nicolás
  Tomás Joaquín Agustín Fermín Iván Álvaro Ángel Ángela Mónica Verónica Inés Belén Begoña Rocío Víctor
  Cristóbal Efraín Germán Simón Noé Moisés Josué Elías Matías Jerónimo Darío Fabián Damián Valentín
  Maximiliano Benjamín Cecilia Estefanía Saúl Ismael Asunción Concepción Encarnación Ascensión Purificación
  Ruth Nélida Débora Ulises Zoé Noelia Amparo Teresa Leonor Trinidad Guzmán Bárbara Ángeles Inés Irene Judith
  Lourdes Milagros Nahuel Ximena Génesis Jazmín Efrén Rodrigo Aníbal Baltasar Eugenio Félix Gastón Jacobo
  Jonás Lázaro León Lucas Medardo Nazario Patricio Rafael Ramiro Rosalía Salomón Sergio Tadeo Teodoro Zacarías
  Araceli Anahí Citlali Nuria García López Martínez Rodríguez González Hernández Pérez Sánchez Ramírez Gómez
  Díaz Jiménez Fernández Álvarez Gutiérrez Domínguez Vázquez Suárez Núñez Muñoz Ibáñez Peña Méndez Benítez
  Velázquez Juárez Chávez Márquez Ordóñez Sáenz Gálvez Cortés Ríos Beltrán Andrade Mejía Rentería Solórzano
  Villaseñor Treviño Zúñiga Castañeda Montaño Ordaz Patiño Quiñones Toribio Calderón Colón Rincón Limón Girón
  León Marín Durán Rolón Ocaña Cañas Cañedo Muñiz Báez Páez Sáez Téllez Vélez Valdés Meléndez Menéndez
  Bermúdez Estévez Hernández Fernández Giménez Gimenez Godínez Ibarra Jáuregui Lozano Macías Maldonado Narváez
  Nuñez Olivárez Ordoñez Pacheco Peláez Quintana Ramos Robles Rosales Ruiz Saldaña Santibáñez Vargas Velásquez
  Yáñez Zamora Álvaro Avilés Barragán Bolaños Cantú Carreón Cedeño Chacón Céspedes Cepeda Garcés Garzón Guzmán
  Lucía Monzón Ocampo Padrón Pavón Rubén Sarmiento Tristán Valdivia Villalón Áñez Arévalo Ávila Bautista
  Bustamante Cárdenas Escobar Gálvez Guillén Galán Inostroza Jaramillo Lugo Marroquín Medrano Obregón Orozco
  Ortíz Quirós Ramón Román Simón Solís Tamayo Uribe Varón Agüero Argüello Mendoza Echeverría Echevarría
  Chaparro Hidalgo Íñiguez Iñiguez Ochoa Pineda Sandoval Zepeda Márquez Nájera Córdoba Córdova Pantoja
  Espíndola Fajardo Galindo Gamboa Vásquez Villagrán Alcántara Alemán Almodóvar Barbosa
`;

/** Folded form → accented form, for the words whose folded form differs from their accented one. */
const RESTORE = new Map<string, string>();
for (const w of ACCENTED.trim().split(/\s+/)) {
  const key = fold(w);
  // Names without accents, and the few with two common spellings (Ortiz / Ortíz, Nuñez / Núñez), stay as said.
  if (key === w.toLowerCase() || ['ortiz', 'nunez', 'ordonez', 'valdez', 'gimenez', 'iniguez', 'marin'].includes(key)) continue;
  RESTORE.set(key, w);
}

/** The usual accented spelling of a Spanish given name or surname, by its folded form ("garcia" → "García"). */
export const accentedName = (folded: string): string | undefined => RESTORE.get(folded);

/** Every mark the word carries is in the accented form too ("zuñiga" and "zuniga" are both part of "zúñiga"). */
function isPartOf(part: string, accented: string): boolean {
  const a = [...accented.toLowerCase().normalize('NFC')];
  const p = [...part.toLowerCase().normalize('NFC')];
  return p.length === a.length && p.every((c, i) => c === a[i] || fold(c) === c);
}

/** "Maria Jose" → "María José", "de la Pena" → "de la Peña", "Zuñiga" → "Zúñiga"; another spelling is kept as said. */
export function restoreAccents(name: string | null): string | null {
  if (!name) return name;
  return name
    .split(' ')
    .map((word) =>
      word
        .split('-')
        .map((part) => {
          const accented = RESTORE.get(fold(part));
          if (!accented || !isPartOf(part, accented)) return part;
          // Keep the case the name was written in ("de" stays lower, "García" capitalised).
          return part[0] === part[0].toUpperCase() ? accented : accented.toLowerCase();
        })
        .join('-'),
    )
    .join(' ');
}
