"""resources/exercises.toml as a Python literal, written by scripts/exercises_table.py:
edit the TOML file, then run that script. Start-up reads this without loading tomllib."""

# fmt: off
TABLE = {'exercise': [{'id': 'toe-curls',
               'name': 'Toe curls',
               'posture': 'seated',
               'counting': 'hold-reps',
               'sides': ['both'],
               'directions': [],
               'summary': 'Make the small muscles under your feet work by gripping the floor '
                          'with your toes.',
               'steps': ['Sit on a steady chair with both feet resting flat on the floor.',
                         'Bend your toes down and under, as though your feet were trying to '
                         'grab the floor.',
                         'Keep the grip for the count.',
                         'Let your toes relax and lie flat again.'],
               'feel': 'A gentle tightening under the ball of the foot and along the arch.',
               'mistakes': ['Lifting the heels off the floor while gripping.',
                            'Curling so hard that the foot cramps: a firm, easy grip is '
                            'enough.',
                            'Holding your breath during the grip.'],
               'safety': 'If your foot cramps, stop, stretch the toes upward and rest before '
                         'the next one.',
               'prescription': {'count': 10,
                                'count_min': 10,
                                'count_max': 15,
                                'hold_s': 3,
                                'release_s': 3,
                                'pace_s': 0}},
              {'id': 'arch-raises',
               'name': 'Arch raises',
               'posture': 'standing',
               'counting': 'hold-reps',
               'sides': ['both'],
               'directions': [],
               'summary': 'Build support under your feet by lifting the inner arch while toes '
                          'and heels stay down.',
               'steps': ['Stand without shoes, feet about as wide apart as your hips.',
                         'Keep the tips of your toes and your heels pressed to the floor.',
                         'Draw the middle of each foot upward so the inner arch rises as high '
                         'as it comfortably can.',
                         'Keep the arch lifted for the count.',
                         'Lower the arch slowly back down.'],
               'feel': 'Work along the inner edge of the foot, under the arch.',
               'mistakes': ['Curling the toes to lift the arch: the toes stay long and flat.',
                            'Rolling onto the outer edge of the foot.',
                            'Dropping the arch all at once instead of lowering it under '
                            'control.'],
               'safety': 'Stand within reach of a chair back or counter in case you need a '
                         'hand for balance.',
               'prescription': {'count': 10,
                                'count_min': 10,
                                'count_max': 15,
                                'hold_s': 3,
                                'release_s': 3,
                                'pace_s': 0}},
              {'id': 'heel-to-toe-walk',
               'name': 'Heel-to-toe walk',
               'posture': 'standing',
               'counting': 'paced-steps',
               'sides': ['both'],
               'directions': ['forward', 'back'],
               'summary': 'Train balance by walking a straight line, each heel set right in '
                          'front of the other toes.',
               'steps': ['Stand tall with your feet together, next to a wall or kitchen '
                         'counter.',
                         'Step forward and set your heel just in front of the toes of your '
                         'other foot, so they touch or nearly touch.',
                         'Step with the other foot the same way, following an imaginary '
                         'straight line.',
                         'Take one step on each beat for the count.',
                         'Turn carefully, then walk the line back the same way.'],
               'feel': 'Your feet and ankles making many small adjustments to keep you steady.',
               'mistakes': ['Looking down at your feet: look ahead at a point on the wall.',
                            'Leaving a gap between heel and toes.',
                            'Hurrying: slow, placed steps train balance better.'],
               'safety': 'Keep a wall or counter within reach and touch it whenever you feel '
                         'unsteady.',
               'prescription': {'count': 10,
                                'count_min': 10,
                                'count_max': 15,
                                'hold_s': 0,
                                'release_s': 0,
                                'pace_s': 2}},
              {'id': 'ankle-circles',
               'name': 'Ankle circles',
               'posture': 'seated-or-lying',
               'counting': 'paced-circles',
               'sides': ['right', 'left'],
               'directions': ['clockwise', 'anticlockwise'],
               'summary': 'Loosen the ankles by drawing big, slow circles in the air with your '
                          'toes.',
               'steps': ['Sit on a chair, or lie on your back with your legs straight out.',
                         'Raise one foot a little way off the floor.',
                         'Turn the ankle so your toes draw the biggest circle they can, one '
                         'circle per beat.',
                         'After the count, circle the other way round.',
                         'Put that foot down and do the same with the other foot.'],
               'feel': 'The ankle moving through its whole range, with an easy stretch at the '
                       'edges.',
               'mistakes': ['Moving the whole leg instead of just the ankle.',
                            'Drawing small, quick circles: make them large and slow.'],
               'safety': 'Support the raised leg with your hands under the thigh if holding it '
                         'up is tiring.',
               'prescription': {'count': 10,
                                'count_min': 10,
                                'count_max': 15,
                                'hold_s': 0,
                                'release_s': 0,
                                'pace_s': 3}},
              {'id': 'toe-spreading',
               'name': 'Toe spreading',
               'posture': 'seated',
               'counting': 'hold-reps',
               'sides': ['both'],
               'directions': [],
               'summary': 'Wake up the little-used muscles between your toes by fanning them '
                          'out wide.',
               'steps': ['Sit on a chair with both feet flat on the floor.',
                         'Push your toes apart from one another, as wide as they will go, like '
                         'opening a fan.',
                         'Keep them spread for the count.',
                         'Let the toes come back together and rest.'],
               'feel': 'Small muscles working between the toes and along the sides of the '
                       'foot.',
               'mistakes': ['Lifting the toes off the floor instead of spreading them '
                            'sideways.',
                            'Giving up if the toes barely move at first: it gets easier with '
                            'practice.'],
               'safety': 'If the toes cramp, stop and rub the foot gently before carrying on.',
               'prescription': {'count': 10,
                                'count_min': 10,
                                'count_max': 15,
                                'hold_s': 3,
                                'release_s': 3,
                                'pace_s': 0}}]}
