/**
 * Common given names of the people security news names (German, English, Nordic, Baltic, Slavic,
 * French, Spanish, Italian, Dutch, Arabic, Turkish, Persian, Hebrew, Asian), as written in
 * German and English texts. A capitalised word after one of them is a surname (`people.ts`,
 * rule `ner.given-name`). Names that are also ordinary capitalised words, places or months
 * (Will, Bill, Mark as a currency in German, Jordan, Georgia, May, June, Christian) are left out.
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
  Vjosa Nikol Ararat Ilham Jeyhun Kassym-Jomart Shavkat Emomali Sadyr Irakli Salome Bidzina Maia Igor Vadim Vladimir Dmitri Sergey`.split(/\s+/).filter(Boolean),
);
