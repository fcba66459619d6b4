"""The names of the months in the languages minutes are most often translated from."""

# Minutes in translation often keep the original's date ('5 mars 2019', '5. März 2019',
# '5 de marzo de 2019'): the names, with and without accents, in the nominative and, where a
# language dates in the genitive (Polish, Czech), in that case too. English is in dates.py.
_NAMES = {
    1: "janvier janv januar jänner jaenner enero gennaio janeiro januari januaris stycznia "
    "ledna tammikuuta",
    2: "février fevrier févr fevr februar febrero febbraio fevereiro februari lutego února "
    "unora helmikuuta",
    3: "mars märz maerz marz marzo março marco maart marts marca března brezna maaliskuuta",
    4: "avril avr abril aprile kwietnia dubna huhtikuuta",
    5: "mai mayo maggio maio mei maj maja května kvetna toukokuuta",
    6: "juin junio giugno junho juni czerwca června cervna kesäkuuta",
    7: "juillet juil julio luglio julho juli lipca července cervence heinäkuuta",
    8: "août aout agosto augustus augusti sierpnia srpna elokuuta",
    9: "septembre septiembre setiembre settembre setembro września wrzesnia září zari syyskuuta",
    10: "octobre octubre ottobre outubro oktober oktobre października pazdziernika října "
    "rijna lokakuuta",
    11: "novembre noviembre novembro listopada listopadu marraskuuta",
    12: "décembre decembre diciembre dicembre dezembro dezember grudnia prosince joulukuuta",
}
FOREIGN_MONTHS = {name: number for number, names in _NAMES.items() for name in names.split()}
