/**
 * Common given names, checked against capitalised words by the PII scrub. Curated, not complete:
 * names that are also ordinary English words, months, places or the names of AI tools and
 * programming languages (Will, May, Grace, Joy, Austin, Paris, Claude, Julia, Ada, Ruby …) are
 * left out on purpose, so the app's own words survive; cue phrases ("my friend …") catch those.
 */
const NAMES = `
Aaron Abigail Adam Adrian Ahmed Aidan Aisha Akira Alan Albert Alejandro Alessandro Alex Alexander
Alexandra Alexis Alfie Alice Alicia Alina Alison Allison Amanda Amelia Amir Amira Amy Ana Anastasia
Andrea Andreas Andrew Andrzej Angela Anika Anita Ann Anna Anne Annika Anthony Antoine Antonio Anya
Arjun Arthur Ashley Astrid Ava Ayesha Barbara Beatrice Ben Benjamin Bernard Beth Bethany Bianca
Brandon Brenda Brian Bridget Bruno Caleb Cameron Camila Carl Carla Carlos Carmen Caroline Carolyn
Casey Catherine Cecilia Charles Charlie Charlotte Chen Chiara Chidi Chloe Chris Christian Christina
Christine Christopher Cindy Claire Clara Colin Connor Craig Cristina Cynthia Dale Damian Dan Daniel
Daniela Danielle Darius David Deborah Debra Denise Dennis Derek Diana Diego Dimitri Dmitri Dmitry
Dominic Donna Dorothy Douglas Dylan Eduardo Edward Eleanor Elena Eli Elias Elijah Elizabeth Ella
Ellie Emil Emilia Emily Emma Emmanuel Eric Erik Erin Ethan Eva Evan Evelyn Fatima Felix Fernando
Fiona Francesca Francesco Francisco Franziska Freya Gabriel Gabriela Gabrielle Gareth Gavin 
Georg George Gerald Giorgio Giovanni Giulia Giuseppe Gloria Gregory Greta Guillaume Hamza Hana
Hannah Hans Harriet Harrison Harvey Hassan Heather Heidi Helen Helena Henry Hiroshi Ian Ibrahim
Igor Ines Ingrid Irene Isaac Isabel Isabella Isabelle Ivan Jack Jacob Jacqueline Jake James Jamie
Jane Janet Janice Jasmine Jason Javier Jean Jennifer Jeremy Jessica Jiho Joan Joanna Joel
Johan Johanna John Jonathan Jorge José Joseph Joshua Joyce Juan Judith Julian Juliana Julie Juliet
Justin Kai Karen Karim Katarzyna Kate Katherine Kathleen Kathryn Katie Kenji Kenneth Kevin Khalid
Kim Klaus Kofi Kristen Kwame Laila Lars Laura Lauren Layla Leah Lena Leon Leonardo Liam Lily
Linda Lisa Logan Lorenzo Louis Louise Luca Lucas Lucia Lucy Luis Luisa Lukas Luke Madeleine 
Magdalena Maja Malik Manuel Marco Margaret Maria María Mariam Marie Marina Mario Marta Martin Mary Mateo
Matilda Matteo Matthew Maya Megan Mehmet Melissa Mia Michael Michelle Miguel Mikhail Mila
Miriam Mohammed Mohammad Monica Muhammad Nadia Naomi Natalia Natalie Nathan Nathaniel Neil
Nicholas Nicola Nicole Niklas Nikolai Nina Noah Noor Nora Ngozi Olga Olivia Omar Oscar Owen Pablo
Pamela Patricia Patrick Paul Paula Pedro Peter Philip Pierre Pooja Priya Rachel Rafael Rahul Raj
Rajesh Ramon Rebecca Riccardo Richard Rita Robert Roberto Rohan Rosalind Rosa Ryan Sakura Samantha
Samuel Sandra Sara Sarah Sebastian Sergei Sergio Seth Shanice Sharon Shirley Simon Simone Sofia
Sophia Sophie Stefan Stefanie Stephanie Stephen Steven Susan Svetlana Sven Tamara Tanya Teresa
Theo Theodore Thomas Tiffany Timothy Tobias Tom Tomas Tyler Valentina Valeria Vanessa Victor
Vikram Vincent Viktor Wei Wendy William Wolfgang Xavier Yasmin Yuki Yusuf Yvonne Zachary Zainab Zoe
`;

export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));
