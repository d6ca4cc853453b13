/**
 * Common given names of the people security news names (German, English, Nordic, Baltic, Slavic,
 * French, Spanish, Italian, Dutch, Arabic, Turkish, Persian, Hebrew, Asian), as written in
 * German and English texts. A capitalised word after one of them is a surname (`people.ts`,
 * rule `ner.given-name`). Names that are also ordinary capitalised words, places or months
 * (Will, Bill, Mark as a currency in German, Jordan, Georgia, May, June, Grant, Hope, Chase) are left out;
 * the common English given names of officials (US and British) are listed too.
 * Does not: list family names or decide anything alone.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  `Aaron Abbas Abdel Abdul Abdullah Abdulmalik Abu Adam Adrian Ahmad Ahmed Aleksander Aleksandr Aleksei Alexander Alexandra Alexei Alexej
  Alfons Ali Alice Alina Alison Amir Amy Ana Anders Andrea Andreas Andrei Andrej Andrew Andrzej Angela Anna Annalena Anne Annika Anthony
  Antje Anton Antonio Antony Armin Arvydas Ashley Axel Barbara Bart Ben Benjamin Bernd Bettina Bilal Björn Bogdan Boris Brian Bruno
  Carl Carlos Carmen Carolin Caroline Carsten Catherine Charles Charlotte Chris Christine Christoph Christopher Claudia Daniel Daniela
  Dario David Dennis Dieter Dmitri Dmitrij Dmitry Donald Dorothea Edgars Eduard Elena Elina Elisabeth Elizabeth Emil Emily Emma Emmanuel
  Enrico Eric Erik Ernst Eva Evgeny Fabian Fatima Felix Florian Francesco Francisco Frank Franz Friedrich Fumio Gabriel Gabrielius
  Georg George Gerhard Giorgia Giorgio Gitanas Gregor Günter Günther Hakan Hamid Hannah Hans Harald Hassan Heiko Heinrich Helmut Hendrik
  Henrik Herbert Hubert Hugo Hussein Igor Ihor Ilham Ilja Ilya Ingrid Ilie Isaac Ivan Jacob Jake Jakob James Jan Jana Jane Janet Janis
  Jarno Jörg Jean Jeffrey Jennifer Jens Jeremy Jessica Jesper Jim Joachim Johann Johannes John Jonas Jonathan Jorge Jose José Josef Joseph
  Juan Julia Julian Juliane Jukka Jürgen Jussi Kaja Kai Karin Karl Karsten Katarina Katharina Kathrin Kati Keir Kevin Klaus Kristen
  Kristina Kurt Lars Laura Laurynas Lena Leon Liam Lloyd Lukas Luis Magdalena Maria Marie Marina Mario Marius Markus Marco Marcus Martin
  Mateusz Matthew Matthias Max Maxim Maximilian Mehmet Melanie Mette Michael Michaela Michel Miguel Mikhail Mohamed Mohammad Mohammed
 Manfred Norbert Lothar Horst Gerd Heinz Rolf Dirk Sönke Hermann Otto Erich Sigmar Achim Bärbel Gesine
  Monika Mustafa Nadia Natalia Nathalie Nicolas Niklas Nikolai Nikolaj Nils Nina Olaf Olena Oleg Oleksandr Oleksii Olga Oliver Olivia
  Omar Oscar Pascal Patrick Paul Pedro Pekka Peter Petra Petteri Philipp Pierre Piotr Rafael Rainer Ralf Ramzan Recep Reinhard Richard
  Rishi Robert Robin Roland Roman Rumen Ruslan Rustem Sabine Sahra Sami Samuel Sandra Sara Sarah Sauli Sebastian Sergei Sergej Sergey
  Sergiy Shigeru Simon Sofia Sophie Stefan Stefanie Steffen Stephan Stephen Steve Sven Svenja Sylvia Tanja Tatjana Thomas Thorsten
  Tim Timo Timur Tymur Tobias Tom Torsten Troels Ulf Ulrich Ulrike Ursula Uwe Valentin Valery Vasily Vyacheslav Wjatscheslaw Victor Viktor Vitali Vitalii Vitaly Vitalij Vladimir Vladislav Volker
  Volodymyr Walter Werner Hossein Mostafa Mahmoud Javad Reza Mohsen Qassem Esmail Masoud Ebrahim Kazem Majid Saeed Yahya Wilhelm Wladimir Wolfgang Xavier Yannick Yevgeny Yoav Yuri Yusuf
  Birgit Kristian Lasse Mikkel Rasmus Søren Magnus Pål Espen Erna Ebba Antti Juha Jari Sanna Heikki Risto Mika Aleksi Ville Kristjan Urmas
  Hanno Margus Krišjānis Egils Artis Ingrida Evika Dovilė Vaidotas Rimantas Radosław Władysław Krzysztof Tomasz Dmytro Denys Kyrylo
  Andriy Mykhailo Valerii Oleksiy Yulia Iryna Anatoly Valentina Svetlana Gennady Vyacheslav Leonid Konstantin Aleksandar Milorad Zoran
  Ivica Miloš Sébastien Guido Matteo Sergio Liz Kemi Yvette Lisa Joe Kamala Pete Tulsi Mike Lindsey Nancy Chuck Hillary Barack Hubertus
  Roderich Agnes Marie-Agnes Tino Omid Cem Ricarda Saskia Katrin Britta Dietmar Serap Yoshimasa Yoko Minoru Sanae Takeshi Yasukazu Taro
  Mevlüt Ebrahim Masoud Hossein Javad Naftali Gideon Itamar Bezalel Yair Benny Herzi Avichay Ismail Yahya Mahmoud Khaled Faisal Nabih
  Naim Najib Hakeem Narendra Rajnath Shehbaz Ishaq Asim Imran Bilawal Ajit Ferdinand Gilberto Anwar Prabowo Luiz Cyril Abiy Mark Kaja
  Jaap Dick Ruben Wopke Frans Charles-Michel Alexander Kyriakos Nikos Andrej Robert Peter Viktor Zuzana Petr Jiří Karel Ilir Edi Albin
  Vjosa Nikol Ararat Ilham Jeyhun Kassym-Jomart Shavkat Emomali Sadyr Irakli Salome Bidzina Maia Igor Vadim Vladimir Dmitri Sergey
  Abigail Adrienne Alan Albert Alexis Allison Andrea Andy Angela Anita Ann Antony Arthur Ashton Austin Avril Barry Ben Benedict Bernie
  Beth Betty Beverly Bob Bonnie Brad Bradley Brandon Brenda Brett Bruce Bryan Caitlin Cameron Carol Caroline Cassidy Chad Charlie Cheryl
  Chris Christian Christina Cindy Colin Connor Craig Cynthia Dale Dan Dana Danielle Darren Daryl Dave Deborah Debra Denis Denise Derek
  Diana Diane Donna Doug Douglas Duncan Dylan Ed Edward Eileen Elaine Eleanor Ellen Elliott Emma Eric Erin Ethan Evan Francis Fred
  Gail Gary Gavin Geoffrey Gerald Gina Glenn Gordon Graham Greg Gregory Hailey Hal Harold Harry Heather Helen Henry Howard Ian Jack
  Jackie Jacqueline Jaime Jamie Jared Jason Jay Jeff Jen Jenna Jerome Jerry Jessie Jill Joan Joanna Jodi Joel Johnny Jon Josh Joshua
  Joyce Judith Judy Julie Justin Karen Kate Katherine Kathleen Kathryn Katie Keith Kelly Kenneth Kent Kerry Kim Kimberly Kirk Kristi
  Kurt Kyle Larry Lauren Lawrence Leah Lee Leslie Linda Lindsay Lisa Lloyd Lori Louis Louise Lucas Lucy Luke Lynn Madeleine Mallory
  Marc Marcia Margaret Marianne Marilyn Marjorie Marsha Martha Mary Matt Maureen Megan Melissa Meredith Merrick Michele Michelle Mitch
  Mitchell Molly Morgan Nathan Ned Neil Nicholas Nick Nicola Nicole Nigel Nikki Noah Pamela Pat Patricia Patti Paula Penny Phil Philip
  Phillip Priti Rachel Randy Rebecca Rex Rick Ricky Rob Rod Rodney Roger Ron Ronald Ross Roy Russell Ruth Ryan Sally Sam Samantha Sandy
  Scott Sean Seth Shannon Sharon Shaun Sheila Shelley Sherry Stacey Stacy Stanley Stuart Susan Suzanne Tammy Tara Ted Teresa Terry
  Theresa Thom Tiffany Timothy Todd Tony Tracy Travis Trevor Troy Tyler Valerie Vanessa Vicky Victoria Vince Vincent Wayne Wendy Wesley
  Whitney Zachary`.split(/\s+/).filter(Boolean),
);
